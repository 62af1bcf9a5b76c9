/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json's version, set at build time. */
  readonly PACKAGE_VERSION: string;
}
