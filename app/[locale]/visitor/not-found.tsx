// The same page as everywhere else under a language.
export { default } from "../(site)/not-found";
