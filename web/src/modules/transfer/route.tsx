import { SwapOutlined } from '@ant-design/icons';
import { placeholderRoute } from '../placeholder/placeholderRoute';

export const transferRoute = placeholderRoute('transfer', <SwapOutlined />, 'register.write');
