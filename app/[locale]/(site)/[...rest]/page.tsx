import { notFound } from "next/navigation";

// Any unknown path inside a locale gets the translated not-found page.
export default function CatchAll() {
  notFound();
}
