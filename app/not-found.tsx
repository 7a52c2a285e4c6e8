// Requests outside any locale (the proxy sends almost everything to one) land here.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl p-8">
        <main>
          <h1 className="text-2xl font-semibold">Page not found</h1>
          <p className="mt-4">
            <a className="text-brand-700 underline" href="/">
              Consultation Hub home
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
