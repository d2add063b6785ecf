/** A URL slug from a Vietnamese title: "Xây dựng Đảng ở cơ sở" -> "xay-dung-dang-o-co-so". */
export function slugify(text: string, maxLength = 80): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, maxLength).replace(/-+$/, '') || 'bai-viet';
}
