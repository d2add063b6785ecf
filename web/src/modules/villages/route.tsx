import { HomeOutlined } from '@ant-design/icons';
import { placeholderRoute } from '../placeholder/placeholderRoute';

export const villagesRoute = placeholderRoute('villages', <HomeOutlined />, 'register.read');
