import { describe, expect, it } from 'vitest';
import { maskCsrfToken } from './session';

function unmask(masked: string): string {
  const bytes = Uint8Array.from(atob(masked.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const half = bytes.length / 2;
  return new TextDecoder().decode(bytes.slice(half).map((byte, i) => byte ^ bytes[i]));
}

describe('signing out', () => {
  it('masks the CSRF token as Spring Security reads a form field: random bytes, then the token XOR them', () => {
    const token = '3f1c6a0e-8b2d-4c1e-9a7f-0d5e6b4c3a21';

    const masked = maskCsrfToken(token);

    expect(masked).toMatch(/^[A-Za-z0-9_=-]+$/);
    expect(masked).not.toContain(token);
    expect(unmask(masked)).toBe(token);
    expect(maskCsrfToken(token)).not.toBe(masked);
  });

  it('is the plain token XOR zero when the random bytes are zero', () => {
    const masked = maskCsrfToken('ab', (length) => new Uint8Array(length));

    expect(masked).toBe(btoa('\u0000\u0000ab'));
  });
});
