// Test support that boots the real app. It lives outside libs/ so that no lib imports apps/;
// it re-exports @plekwijzer/testing so a spec needs one import.
export * from './test-app.js';
export * from '@plekwijzer/testing';
