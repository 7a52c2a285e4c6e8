"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { publicPath } from "@/lib/i18n/public-path";

/**
 * The filter bar's GET form. Without JavaScript the browser submits it as is; with JavaScript the
 * empty fields are left out of the URL (so a shared link stays short) and the page updates in place,
 * keeping the focus and the scroll position.
 */
export function FilterForm({
  children,
  applyLabel,
  applyingLabel,
  extra,
  className,
}: {
  /** The fields. */
  children: ReactNode;
  applyLabel: string;
  applyingLabel: string;
  /** Shown after the submit button (the "clear filters" link). */
  extra?: ReactNode;
  className?: string;
}) {
  const router = useRouter();
  const pathname = publicPath(usePathname());
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "") params.append(key, value);
    }
    const search = params.toString();
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  }

  return (
    <form method="get" onSubmit={submit} aria-busy={pending || undefined} className={className}>
      {children}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? applyingLabel : applyLabel}
        </Button>
        {extra}
      </div>
    </form>
  );
}
