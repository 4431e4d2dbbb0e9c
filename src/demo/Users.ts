import type { CollectionConfig } from 'payload'

/** Staff of the demo organisation; `roles` decides what of the complaint procedure they see. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['staff'],
      options: [
        { value: 'admin', label: { nl: 'Beheerder', en: 'Administrator' } },
        { value: 'directie', label: { nl: 'Directie', en: 'Management' } },
        { value: 'handler', label: { nl: 'Klachtbehandelaar', en: 'Complaint handler' } },
        { value: 'staff', label: { nl: 'Medewerker', en: 'Staff' } },
      ],
    },
  ],
}
