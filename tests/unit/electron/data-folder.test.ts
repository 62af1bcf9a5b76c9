import { describe, expect, it, vi } from 'vitest';
import { revealDataFolder } from '../../../electron/main/handlers/data-folder';

describe('revealDataFolder', () => {
  it('opens the user data folder and reports where it is', async () => {
    const openPath = vi.fn(async () => '');
    const answer = await revealDataFolder({ openPath, userDataPath: '/home/u/.config/Ropa Desk' });
    expect(openPath).toHaveBeenCalledWith('/home/u/.config/Ropa Desk');
    expect(answer).toEqual({ status: 'shown', path: '/home/u/.config/Ropa Desk' });
  });

  it('gives the path in the message when the file manager cannot open it', async () => {
    const answer = await revealDataFolder({
      openPath: async () => 'No application is registered',
      userDataPath: '/data',
    });
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringMatching(/No application is registered.*\/data/),
    });
  });
});
