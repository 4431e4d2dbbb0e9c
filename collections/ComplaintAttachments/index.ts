import type { CollectionConfig } from 'payload'

import { nameAttachmentFile } from '../../hooks/nameAttachmentFile'
import { recordDeletion } from '../../hooks/recordDeletion'
import { recordReads } from '../../hooks/recordReads'
import { recordUploader } from '../../hooks/recordUploader'
import { refuseUnknownIds } from '../../hooks/refuseUnknownIds'
import { attachmentAccess } from '../../src/access/attachmentAccess'
import { computedField } from '../../src/access/complaintAccess'
import { serveAttachment } from '../../src/attachments/serveAttachment'
import { FILE_TYPES } from '../../src/intake/fileTypes'
import { fieldLabel } from '../fields/labels'

import type { PluginContext } from '../../src/pluginContext'

/** Documents a complainant sends along; as confidential as their complaint, never public. */
export const createComplaintAttachments = (
  { hasRole, slugs, users }: PluginContext,
  staticDir: string,
): CollectionConfig => ({
  slug: slugs.attachments,
  labels: { singular: fieldLabel('attachment'), plural: fieldLabel('attachments') },
  admin: { hidden: ({ user }) => !user },
  access: attachmentAccess(hasRole),
  hooks: {
    beforeOperation: [refuseUnknownIds, nameAttachmentFile],
    beforeChange: [recordUploader],
    afterOperation: [recordReads('attachments')],
    afterDelete: [recordDeletion],
  },
  upload: {
    staticDir,
    mimeTypes: FILE_TYPES.map((type) => type.mime),
    handlers: [serveAttachment(staticDir)],
  },
  fields: [
    // Set by the complaint that takes the attachment up; from then on its access is the complaint's.
    {
      name: 'complaint',
      type: 'relationship',
      relationTo: slugs.complaints,
      index: true,
      label: fieldLabel('complaint'),
      access: computedField,
      admin: { readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: users,
      index: true,
      label: fieldLabel('uploadedBy'),
      access: computedField,
      admin: { readOnly: true },
    },
  ],
})
