import type { CollectionConfig } from 'payload'

import type { RoleCheck } from './roles'

/** A log's access: the administrator reads it; nobody writes, changes or deletes it through an API. */
export const logAccess = (hasRole: RoleCheck): NonNullable<CollectionConfig['access']> => ({
  read: ({ req }) => hasRole(req, 'admin'),
  create: () => false,
  update: () => false,
  delete: () => false,
})
