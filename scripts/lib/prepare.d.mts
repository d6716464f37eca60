// Types for the plain-Node helpers in prepare.mjs that TypeScript scripts use.
export function prepareEnvironment(): void;
export function loadEnvFiles(): void;
export function ensureBuild(): Promise<void>;
