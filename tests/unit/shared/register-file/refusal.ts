/** Reading a register file that must be refused: the error it was refused with. */
import { readRegisterFile, RegisterFileError } from '../../../../shared/register-file';

/** Reads `text` and returns the error it was refused with (failing the test if it was not). */
export async function refusal(text: string): Promise<RegisterFileError> {
  try {
    await readRegisterFile(text);
  } catch (error) {
    if (error instanceof RegisterFileError) return error;
    throw error;
  }
  throw new Error('The file was accepted');
}
