/** Row shapes of the iam tables (migrations/0002-iam.ts), for Kysely. */

export interface IamProjectsTable {
  id: string;
  name: string;
  created_at: number | string;
}

export interface IamEnterpriseProjectsTable {
  project_id: string;
  id: string;
  name: string;
  created_at: number | string;
}

export interface IamUsersTable {
  id: string;
  domain: string;
  name: string;
  password_hash: string;
  token_generation: number;
  created_at: number | string;
}

export interface IamAccessKeysTable {
  access_key: string;
  user_id: string;
  sealed_secret: string;
  description: string;
  created_at: number | string;
}

export interface IamGrantsTable {
  user_id: string;
  project_id: string;
  role: string;
  enterprise_projects: string;
}

export interface IamLockoutsTable {
  subject: string;
  failures: number;
  locked_until: number | string | null;
}

export interface IamTables {
  iam_projects: IamProjectsTable;
  iam_enterprise_projects: IamEnterpriseProjectsTable;
  iam_users: IamUsersTable;
  iam_access_keys: IamAccessKeysTable;
  iam_grants: IamGrantsTable;
  iam_lockouts: IamLockoutsTable;
}
