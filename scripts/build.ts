import { buildApp } from "./build-app";

process.exit(buildApp());
