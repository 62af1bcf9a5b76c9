/** Privacy notices composed from the register: text, own wording, checklist, facts and diff. */
export * from './compose';
export * from './wording';
export * from './checklist';
export * from './facts';
export * from './drift';
export * from './text-diff';
