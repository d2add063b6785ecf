import { TeamOutlined } from '@ant-design/icons';
import { placeholderRoute } from '../placeholder/placeholderRoute';

export const peopleRoute = placeholderRoute('people', <TeamOutlined />, 'register.read');
