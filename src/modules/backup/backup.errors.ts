/** The backup module's error codes: dumping, restoring and moving a database (the `db` command too). */
import { defineErrors } from '../../platform/errors.js';

export const backupErrors = defineErrors({
  DB_SOURCE_MISSING: {
    status: 404,
    vi: 'Không có cơ sở dữ liệu nhúng trong thư mục {dir}',
    en: 'No embedded database in the directory {dir}',
  },
  DB_CONNECT_FAILED: {
    status: 502,
    vi: 'Không kết nối được cơ sở dữ liệu {url}: {reason}',
    en: 'Cannot connect to the database {url}: {reason}',
  },
  DB_DUMP_UNWRITABLE: {
    status: 500,
    vi: 'Không ghi được tệp sao lưu "{file}": {reason}',
    en: 'Cannot write the backup file "{file}": {reason}',
  },
  DB_DUMP_INVALID: {
    status: 400,
    vi: 'Tệp "{file}" không phải bản sao lưu hợp lệ hoặc đã hỏng: {reason}; không khôi phục gì',
    en: 'The file "{file}" is not a valid backup or is damaged: {reason}; nothing was restored',
  },
  DB_DUMP_SCHEMA_MISMATCH: {
    status: 409,
    vi: 'Bản sao lưu thuộc phiên bản lược đồ khác ({dump}) với cơ sở dữ liệu đích ({database}); không khôi phục gì',
    en: 'The backup has another schema version ({dump}) than the target database ({database}); nothing was restored',
  },
  DB_TARGET_NOT_EMPTY: {
    status: 409,
    vi: 'Cơ sở dữ liệu đích đã có dữ liệu (bảng {table}); chỉ khôi phục vào cơ sở dữ liệu trống',
    en: 'The target database already holds data (table {table}); restore only into an empty database',
  },
  DB_RESTORE_FAILED: {
    status: 422,
    vi: 'Không ghi được bảng {table} từ bản sao lưu: {reason}; không khôi phục gì',
    en: 'Cannot write the table {table} from the backup: {reason}; nothing was restored',
  },
  DB_MOVE_MISMATCH: {
    status: 500,
    vi: 'Sau khi chuyển, bảng {table} có {target} dòng ở đích nhưng {source} dòng ở nguồn',
    en: 'After the move, the table {table} has {target} rows on the target but {source} rows on the source',
  },
});
