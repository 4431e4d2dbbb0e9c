import type { Access, CollectionConfig, FieldAccess } from 'payload'

const isAdmin = (user: unknown): boolean =>
  Array.isArray((user as { roles?: unknown })?.roles) &&
  (user as { roles: string[] }).roles.includes('admin')

const adminOnly: Access = ({ req }) => isAdmin(req.user)
const adminOrSelf: Access = ({ req }) =>
  isAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false
const rolesByAdmin: FieldAccess = ({ req }) => isAdmin(req.user)

/** Staff of the demo organisation; `roles` decides what of the complaint procedure they see. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { nl: 'Gebruiker', en: 'User' }, plural: { nl: 'Gebruikers', en: 'Users' } },
  // The session cookie travels over HTTPS only in production.
  auth: { cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' } },
  // Colleagues pick each other by name in the admin (handler, committee members).
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  // Colleagues see each other (to assign handlers); only an admin adds people or changes roles.
  access: {
    read: ({ req }) => Boolean(req.user),
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['staff'],
      access: { create: rolesByAdmin, update: rolesByAdmin },
      options: [
        { value: 'admin', label: { nl: 'Beheerder', en: 'Administrator' } },
        { value: 'directie', label: { nl: 'Directie', en: 'Management' } },
        { value: 'handler', label: { nl: 'Klachtbehandelaar', en: 'Complaint handler' } },
        { value: 'staff', label: { nl: 'Medewerker', en: 'Staff' } },
      ],
    },
  ],
}
