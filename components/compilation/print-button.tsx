"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, from which the compilation also saves as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
