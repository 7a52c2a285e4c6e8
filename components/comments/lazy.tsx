"use client";

import dynamic from "next/dynamic";

/**
 * The forms of a thread (composer, reply, edit, flag) bring react-hook-form and zod. Visitors, who
 * read most, never see a form, so those widgets load as separate chunks, only on pages that render
 * them. They are still rendered on the server: the HTML shows at once and works with no delay.
 */
export const Composer = dynamic(() => import("./composer").then((m) => m.Composer));
export const CommentTools = dynamic(() => import("./comment-tools").then((m) => m.CommentTools));
export const FlagButton = dynamic(() => import("./flag-button").then((m) => m.FlagButton));
