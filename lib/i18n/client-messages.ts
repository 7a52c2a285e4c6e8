import type { Catalog } from "./catalog";

/**
 * The namespaces client components read, by the part of the site that renders them. Only these
 * travel to the browser: the whole catalog would add ~50 kB to every page. Staff pages get both
 * lists (client-messages.test.ts checks every client component's namespaces against its part).
 */
export const CLIENT_NAMESPACES = {
  site: [
    "nav",
    "errors",
    "comments",
    "stances",
    "stakeholderGroups",
    "stakeholderGroupsShort",
    "flagReasons",
    "threadControls",
    "account",
    "profile",
    "publicationPreferences",
    "signIn",
    "signUp",
  ],
  staff: [
    "moderationWorkspace",
    "moderationNotes",
    "reasonTemplates",
    "participantPage",
    "staffPage",
    "verification",
    "platformSuspensions",
    "newConsultation",
    "consultationForm",
    "consultationSettings",
    "regions",
    "objectivesEditor",
    "objectivesImport",
    "synthesis",
    "dashboard",
  ],
} as const;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;

export function namespacesFor(scope: ClientScope): readonly string[] {
  return scope === "staff" ? [...CLIENT_NAMESPACES.site, ...CLIENT_NAMESPACES.staff] : CLIENT_NAMESPACES.site;
}

export function pickMessages(messages: Catalog, scope: ClientScope): Catalog {
  return Object.fromEntries(namespacesFor(scope).flatMap((namespace) => (namespace in messages ? [[namespace, messages[namespace]]] : [])));
}
