export { StaffAreaLayout as default } from "@/components/client-messages";
