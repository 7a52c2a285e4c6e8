export * from "./enums";
export * from "./users";
export * from "./consultations";
export * from "./comments";
export * from "./moderation";
export * from "./audit";
export * from "./security";
