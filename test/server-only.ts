// Stands in for the "server-only" package in tests, which run outside a React server.
export {};
