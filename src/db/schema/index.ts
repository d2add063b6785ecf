export * from './units.js';
export * from './orgs.js';
export * from './people.js';
export * from './terms.js';
export * from './counts.js';
export * from './auth.js';
export * from './admissions.js';
export * from './elections.js';
