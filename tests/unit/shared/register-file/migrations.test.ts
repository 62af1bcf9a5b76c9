import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  migrateRegister,
  RegisterFileError,
} from '../../../../shared/register-file';
import { migrations, transferToSchema3 } from '../../../../shared/register-file/migrations';

describe('register schema migrations', () => {
  it('has one step for every released schema before the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(migrations[version], `migration from schema ${version}`).toBeTypeOf('function');
    }
  });

  it('applies each step in order, from the file’s version up to the target', () => {
    const steps = {
      1: (r: unknown) => ({ ...(r as object), renamed: true }),
      2: (r: unknown) => ({ ...(r as object), added: [] }),
    };
    expect(migrateRegister({ original: 1 }, 1, 3, steps)).toEqual({
      original: 1,
      renamed: true,
      added: [],
    });
    expect(migrateRegister({ original: 1 }, 2, 3, steps)).toEqual({ original: 1, added: [] });
  });

  it('never changes the data it was given', () => {
    const input = { list: [1, 2] };
    migrateRegister(input, 1, 2, {
      1: (r) => {
        (r as { list: number[] }).list.push(3);
        return r;
      },
    });
    expect(input).toEqual({ list: [1, 2] });
  });

  it('refuses a version with no step, naming it', () => {
    expect(() => migrateRegister({}, 1, 3, { 1: (r) => r })).toThrow(RegisterFileError);
    expect(() => migrateRegister({}, 1, 3, { 1: (r) => r })).toThrow(/schema 2/);
  });

  it('leaves a current register as it is', () => {
    const register = { activities: [] };
    expect(migrateRegister(register, CURRENT_SCHEMA_VERSION)).toBe(register);
  });
});

describe('schema 2 to 3, record by record', () => {
  it('matches an Article 49 exception written as its label or id, in any case', () => {
    const label = transferToSchema3({
      art49Exception: 'legal claims, art 49(1)(e)',
      internalNotes: '',
    });
    expect(label).toMatchObject({ art49Exception: 'legal-claims', internalNotes: '' });
    expect(transferToSchema3({ art49Exception: 'vital-interests' })).toMatchObject({
      art49Exception: 'vital-interests',
      recipientCertified: null,
    });
  });

  it('keeps unmatched Article 49 wording in the notes, after what was there', () => {
    expect(
      transferToSchema3({ art49Exception: 'Consent by email', internalNotes: 'Checked 2025' }),
    ).toMatchObject({
      art49Exception: null,
      internalNotes: 'Checked 2025\nArticle 49 exception as first recorded: Consent by email',
    });
    expect(transferToSchema3({ art49Exception: '  ', internalNotes: '' })).toMatchObject({
      art49Exception: null,
      internalNotes: '',
    });
  });
});
