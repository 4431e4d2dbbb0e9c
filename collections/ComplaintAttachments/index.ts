import type { CollectionConfig } from 'payload'

import { fieldLabel } from '../fields/labels'

import type { RoleCheck } from '../../src/access/roles'

/** Documents a complainant sends along; private, never served to the public. */
export const createComplaintAttachments = (hasRole: RoleCheck, staticDir: string): CollectionConfig => ({
  slug: 'complaint-attachments',
  labels: { singular: fieldLabel('attachment'), plural: fieldLabel('attachments') },
  admin: { hidden: ({ user }) => !user },
  access: {
    read: ({ req }) => hasRole(req, 'admin', 'directie', 'handler'),
    create: ({ req }) => hasRole(req, 'admin', 'directie', 'handler', 'staff'),
    update: () => false,
    delete: ({ req }) => hasRole(req, 'admin'),
  },
  upload: {
    staticDir,
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [],
})
