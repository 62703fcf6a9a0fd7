import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock.js';

describe('embedded database directory lock', () => {
  const dir = () => join(mkdtempSync(join(tmpdir(), 'plekwijzer-lock-')), 'pglite');

  it('takes a free directory and releases it', () => {
    const dataDir = dir();
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('refuses a directory held by another running process, naming it', () => {
    const dataDir = dir();
    // The parent process (jest's) is alive and is not us.
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => DataDirLock.acquire(dataDir)).toThrow(new RegExp(`in use by process ${process.ppid}`));
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that died', () => {
    const dataDir = dir();
    writeFileSync(`${dataDir}.lock`, '4194303'); // above the usual pid_max: no such process
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
