import { ApartmentOutlined } from '@ant-design/icons';
import { placeholderRoute } from '../placeholder/placeholderRoute';

export const orgsRoute = placeholderRoute('orgs', <ApartmentOutlined />, 'register.read');
