import { describe, expect, it } from 'vitest';
import { sealEvent } from '../../../../shared/audit/chain';
import { auditTrailCsv, csvCell } from '../../../../shared/audit/csv';
import { NOW } from '../fixtures';

describe('csvCell', () => {
  it('quotes a cell holding a comma, quote or line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(12)).toBe('12');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+44 1736')).toBe("'+44 1736");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('auditTrailCsv', () => {
  it('writes a header and one CRLF-ended row an event, with the fields changed', async () => {
    const first = await sealEvent(
      {
        at: NOW,
        actor: 'Ann Smith',
        entity: 'activity',
        entityId: 'act-1',
        action: 'create',
        summary: 'Created activity “Payroll, staff”',
        before: null,
        after: { name: 'Payroll, staff', retention: { period: '6 years' } },
      },
      undefined,
    );
    const second = await sealEvent(
      {
        at: NOW,
        actor: '=cmd',
        entity: 'activity',
        entityId: 'act-1',
        action: 'update',
        summary: 'Renamed',
        before: first.after,
        after: { name: 'Payroll', retention: { period: '6 years' } },
      },
      first,
    );
    const csv = auditTrailCsv([first, second]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'seq,when (ISO),who,record kind,record id,action,summary,fields changed,hash,previous hash',
    );
    expect(lines[1]).toBe(
      `1,${NOW},Ann Smith,activity,act-1,create,"Created activity “Payroll, staff”",name; retention.period,${first.hash},${first.prevHash}`,
    );
    expect(lines[2]).toBe(
      `2,${NOW},'=cmd,activity,act-1,update,Renamed,name,${second.hash},${first.hash}`,
    );
    expect(lines[3]).toBe('');
  });

  it('writes only the header for an empty trail', () => {
    expect(auditTrailCsv([])).toBe(
      'seq,when (ISO),who,record kind,record id,action,summary,fields changed,hash,previous hash\r\n',
    );
  });
});
