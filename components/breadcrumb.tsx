import { Link } from "@/lib/i18n/navigation";

/** Where the page sits: linked ancestors, then the current page. */
export function Breadcrumb({ label, trail, current }: { label: string; trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap gap-2 text-sm text-slate-600">
        {trail.map((item) => (
          <li key={item.href} className="flex gap-2">
            <Link href={item.href} className="text-brand-800 underline">
              {item.label}
            </Link>
            <span aria-hidden="true">/</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
