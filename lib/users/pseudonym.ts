import { randomInt } from "node:crypto";

// No 0/O or 1/I: pseudonyms are read aloud and typed back.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newPseudonym(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `Participant ${code}`;
}
