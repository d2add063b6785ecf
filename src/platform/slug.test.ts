import { describe, expect, it } from 'vitest';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('drops marks and keeps words apart', () => {
    expect(slugify('Xây dựng Đảng ở cơ sở: kết quả 2013-2017')).toBe('xay-dung-dang-o-co-so-ket-qua-2013-2017');
  });
  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('bai-viet');
  });
  it('cuts long titles at a word boundary dash', () => {
    expect(slugify('a '.repeat(100), 9)).toBe('a-a-a-a-a');
  });
});
