import type { ButtonHTMLAttributes } from "react";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50 disabled:text-slate-500",
} as const;

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants }) {
  return (
    <button
      {...props}
      className={`rounded px-4 py-2 font-medium disabled:cursor-not-allowed ${variants[variant]} ${className}`}
    />
  );
}
