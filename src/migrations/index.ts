import * as migration_20261123_142323_initial from './20261123_142323_initial';
import * as migration_20261130_101721_security from './20261130_101721_security';
import * as migration_20261130_113256_procedure_second_pass from './20261130_113256_procedure_second_pass';
import * as migration_20261130_155950_case_page from './20261130_155950_case_page';
import * as migration_20261130_165432_letterhead from './20261130_165432_letterhead';
import * as migration_20261130_194231_jobs_after_commit from './20261130_194231_jobs_after_commit';
import * as migration_20261130_201747_reports_at_scale from './20261130_201747_reports_at_scale';
import * as migration_20261130_234458_privacy from './20261130_234458_privacy';
import * as migration_20261201_024620_regulation_duties from './20261201_024620_regulation_duties';
import * as migration_20261201_044450_investigation from './20261201_044450_investigation';
import * as migration_20261201_051221_internal_stages from './20261201_051221_internal_stages';
import * as migration_20261201_053648_commissioning_party from './20261201_053648_commissioning_party';
import * as migration_20261201_054500_client_on_behalf from './20261201_054500_client_on_behalf';
import * as migration_20261201_055540_client_notice from './20261201_055540_client_notice';
import * as migration_20261202_070706_reference_number from './20261202_070706_reference_number';

export const migrations = [
  {
    up: migration_20261123_142323_initial.up,
    down: migration_20261123_142323_initial.down,
    name: '20261123_142323_initial',
  },
  {
    up: migration_20261130_101721_security.up,
    down: migration_20261130_101721_security.down,
    name: '20261130_101721_security',
  },
  {
    up: migration_20261130_113256_procedure_second_pass.up,
    down: migration_20261130_113256_procedure_second_pass.down,
    name: '20261130_113256_procedure_second_pass',
  },
  {
    up: migration_20261130_155950_case_page.up,
    down: migration_20261130_155950_case_page.down,
    name: '20261130_155950_case_page',
  },
  {
    up: migration_20261130_165432_letterhead.up,
    down: migration_20261130_165432_letterhead.down,
    name: '20261130_165432_letterhead',
  },
  {
    up: migration_20261130_194231_jobs_after_commit.up,
    down: migration_20261130_194231_jobs_after_commit.down,
    name: '20261130_194231_jobs_after_commit',
  },
  {
    up: migration_20261130_201747_reports_at_scale.up,
    down: migration_20261130_201747_reports_at_scale.down,
    name: '20261130_201747_reports_at_scale',
  },
  {
    up: migration_20261130_234458_privacy.up,
    down: migration_20261130_234458_privacy.down,
    name: '20261130_234458_privacy',
  },
  {
    up: migration_20261201_024620_regulation_duties.up,
    down: migration_20261201_024620_regulation_duties.down,
    name: '20261201_024620_regulation_duties',
  },
  {
    up: migration_20261201_044450_investigation.up,
    down: migration_20261201_044450_investigation.down,
    name: '20261201_044450_investigation',
  },
  {
    up: migration_20261201_051221_internal_stages.up,
    down: migration_20261201_051221_internal_stages.down,
    name: '20261201_051221_internal_stages',
  },
  {
    up: migration_20261201_053648_commissioning_party.up,
    down: migration_20261201_053648_commissioning_party.down,
    name: '20261201_053648_commissioning_party',
  },
  {
    up: migration_20261201_054500_client_on_behalf.up,
    down: migration_20261201_054500_client_on_behalf.down,
    name: '20261201_054500_client_on_behalf',
  },
  {
    up: migration_20261201_055540_client_notice.up,
    down: migration_20261201_055540_client_notice.down,
    name: '20261201_055540_client_notice',
  },
  {
    up: migration_20261202_070706_reference_number.up,
    down: migration_20261202_070706_reference_number.down,
    name: '20261202_070706_reference_number'
  },
];
