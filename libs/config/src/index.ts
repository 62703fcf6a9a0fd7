export * from './app-config.js';
export * from './project-root.js';
