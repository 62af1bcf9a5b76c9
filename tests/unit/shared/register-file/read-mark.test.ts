/** The mark where reading a file ends and its import's own work begins (DevTools, the bench). */
import { afterEach, describe, expect, it } from 'vitest';
import { writeRegisterFile } from '../../../../shared/register-file/format';
import { FILE_READ_MARK, readRegisterFile } from '../../../../shared/register-file/read';
import { NOW, smallRegister, validActivity } from '../fixtures';

const marks = () => performance.getEntriesByName(FILE_READ_MARK, 'mark');

afterEach(() => performance.clearMarks(FILE_READ_MARK));

describe('reading a register file', () => {
  it('marks the moment the file is read and its checksum matched', async () => {
    await readRegisterFile(await writeRegisterFile(smallRegister(), NOW, 'test'));
    expect(marks()).toHaveLength(1);
  });

  it('marks nothing for a file whose checksum does not match', async () => {
    const text = await writeRegisterFile(smallRegister(), NOW, 'test');
    const changed = text.replace(validActivity().name, `${validActivity().name}!`);
    expect(changed).not.toBe(text);
    await expect(readRegisterFile(changed)).rejects.toThrow(/checksum does not match/);
    expect(marks()).toHaveLength(0);
  });
});
