export * from './format';
export * from './read';
