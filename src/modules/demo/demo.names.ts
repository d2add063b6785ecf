/**
 * Vietnamese names for synthetic people and villages. Family-name weights
 * follow published national frequencies, with the northern spellings (Hoàng,
 * Vũ) far ahead of the southern ones (Huỳnh, Võ), as in Hưng Yên.
 */
import type { Rng } from './demo.random.js';

const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Hoàng', 4.6],
  ['Huỳnh', 0.3],
  ['Vũ', 3.6],
  ['Võ', 0.3],
  ['Đặng', 2.1],
  ['Bùi', 2.0],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1.0],
  ['Lý', 0.5],
  ['Phan', 1.5],
  ['Đào', 1.2],
  ['Đinh', 1.0],
  ['Trịnh', 0.8],
  ['Lương', 0.5],
  ['Mai', 0.5],
  ['Cao', 0.5],
  ['Lưu', 0.4],
  ['Tạ', 0.3],
];

const maleMiddle: readonly (readonly [string, number])[] = [
  ['Văn', 40],
  ['Đức', 9],
  ['Minh', 8],
  ['Hữu', 6],
  ['Quang', 6],
  ['Xuân', 5],
  ['Ngọc', 4],
  ['Công', 4],
  ['Đình', 5],
  ['Thanh', 4],
  ['Mạnh', 3],
  ['Tiến', 2],
  ['Duy', 2],
  ['Trọng', 2],
];
const femaleMiddle: readonly (readonly [string, number])[] = [
  ['Thị', 60],
  ['Ngọc', 6],
  ['Thu', 5],
  ['Thanh', 5],
  ['Minh', 4],
  ['Phương', 3],
  ['Hồng', 4],
  ['Thùy', 3],
  ['Kim', 3],
  ['Bích', 2],
  ['Hải', 2],
];
const maleGiven = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Minh',
  'Hải',
  'Nam',
  'Long',
  'Thắng',
  'Cường',
  'Quân',
  'Sơn',
  'Bình',
  'Hòa',
  'Tùng',
  'Trung',
  'Phong',
  'Đạt',
  'Huy',
  'Khánh',
  'Lâm',
  'Hiếu',
  'Thành',
  'Toàn',
  'Tiến',
  'Quang',
  'Việt',
  'Vinh',
  'Hưng',
  'Định',
  'Chiến',
  'Thịnh',
  'Lợi',
  'Đông',
  'Kiên',
  'Hoàng',
  'Thái',
  'Tâm',
  'Trường',
  'Nghĩa',
  'Phúc',
  'Tú',
  'Bảo',
  'Duy',
  'Hiệp',
];
const femaleGiven = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hằng',
  'Thủy',
  'Nga',
  'Hà',
  'Linh',
  'Trang',
  'Thảo',
  'Nhung',
  'Yến',
  'Phương',
  'Huyền',
  'Ngọc',
  'Loan',
  'Dung',
  'Liên',
  'Thu',
  'Hạnh',
  'Oanh',
  'Vân',
  'Nhàn',
  'Hồng',
  'Tuyết',
  'Quỳnh',
  'Anh',
  'Giang',
  'Hiền',
  'Lụa',
  'Xuân',
  'Nhài',
  'Chi',
  'Ly',
  'Thơm',
];

/** A full name "Family Middle Given" for the gender. */
export function personName(rng: Rng, gender: 'male' | 'female'): string {
  const family = rng.weighted(familyNames);
  const middle = rng.weighted(gender === 'male' ? maleMiddle : femaleMiddle);
  let given = rng.pick(gender === 'male' ? maleGiven : femaleGiven);
  if (given === middle) given = rng.pick(gender === 'male' ? maleGiven : femaleGiven);
  return `${family} ${middle} ${given}`;
}

/** Ethnicity: Kinh almost everywhere in Hưng Yên, with a few small groups. */
export function ethnicity(rng: Rng): string {
  if (rng.chance(0.995)) return 'Kinh';
  return rng.pick(['Mường', 'Tày', 'Hoa', 'Nùng', 'Thái']);
}

const villageWords = [
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thượng',
  'Hạ',
  'Trung',
  'Đoài',
  'Nội',
  'Ngoại',
  'Tiền',
  'Hậu',
  'An Lạc',
  'An Bình',
  'An Thái',
  'An Xá',
  'Phú Mỹ',
  'Phú Thọ',
  'Phú Hưng',
  'Phú Thị',
  'Tân Thịnh',
  'Thái Hòa',
  'Hòa Bình',
  'Bình Minh',
  'Lạc Thủy',
  'Phượng Lâu',
  'Xuân Đào',
  'Đào Viên',
  'Quang Minh',
  'Văn Nhuế',
  'Thọ Lão',
  'Cao Xá',
  'Yên Vĩnh',
  'Kim Quan',
  'Ngọc Lâm',
  'Đa Ngưu',
  'Hoàng Trạch',
  'Mễ Xá',
  'Bá Khê',
  'Phù Oanh',
  'Lực Điền',
  'Tháp Dương',
  'Đình Cao',
  'Lam Sơn',
  'Thiện Phiến',
  'Đông Xá',
  'Nghĩa Trụ',
  'Vân Nội',
  'Tiên Kiều',
  'Liêu Xá',
  'Bình Dân',
  'Thanh Xá',
  'Hồng Thái',
  'Lạc Hồng',
  'Trà Dương',
  'Cẩm Văn',
  'Dịch Trì',
  'Phú Cốc',
  'Ninh Vũ',
  'Duyên Linh',
  'Mạn Xuyên',
  'Sài Thị',
  'Xuân Cầu',
  'Lương Tài',
  'Đồng Than',
  'Yên Lịch',
  'Ông Đình',
  'Bảo Khê',
  'Đức Nhuận',
  'Tống Trân',
];
const mergedWords = [
  'Tân Tiến',
  'Đoàn Kết',
  'Thống Nhất',
  'Hợp Nhất',
  'Quyết Thắng',
  'Tân Hòa',
  'Hưng Thịnh',
  'Tân Phong',
  'Hòa Hợp',
  'Tiến Bộ',
];

/** The local word for a village under a commune of this GSO type. */
export function villageSubtype(communeType: string): string {
  return communeType === 'Phường' ? 'Tổ dân phố' : communeType === 'Thị trấn' ? 'Khu phố' : 'Thôn';
}

/** `count` distinct village names for one commune: numbered ("Thôn 3", "Tổ dân phố số 2") or named ("Thôn Đông"). */
export function villageNames(rng: Rng, subtype: string, count: number): string[] {
  const numbered = rng.chance(subtype === 'Thôn' ? 0.3 : 0.55);
  if (numbered) {
    const prefix = subtype === 'Tổ dân phố' ? 'Tổ dân phố số' : subtype;
    return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
  }
  return rng
    .shuffle([...villageWords])
    .slice(0, count)
    .map((w) => `${subtype} ${w}`);
}

/** Names of the two villages a split makes: "Thôn Đông" -> "Thôn Đông Thượng"/"Thôn Đông Hạ", "Thôn 3" -> "Thôn 3A"/"Thôn 3B". */
export function splitNames(name: string): [string, string] {
  if (/\d$/.test(name)) return [`${name}A`, `${name}B`];
  return [`${name} Thượng`, `${name} Hạ`];
}

/** A name for the village a merge makes, not yet used in the commune. */
export function mergedName(rng: Rng, subtype: string, taken: Set<string>): string {
  for (const w of rng.shuffle([...mergedWords])) {
    const name = `${subtype} ${w}`;
    if (!taken.has(name)) return name;
  }
  return `${subtype} Mới ${taken.size + 1}`;
}

/** "Xã Tân Hưng" -> "xã Tân Hưng": the commune name as it reads inside another name. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
