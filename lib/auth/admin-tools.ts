import type { Action } from "./policy";

/** The platform-wide staff screens under /admin, each with the action that opens it. */
export const ADMIN_TOOLS: { key: "verification" | "suspensions" | "newConsultation"; path: string; action: Action }[] = [
  { key: "verification", path: "/admin/verification", action: "affiliation.verify" },
  { key: "suspensions", path: "/admin/suspensions", action: "participant.suspendPlatform" },
  { key: "newConsultation", path: "/admin/consultations/new", action: "consultation.create" },
];
