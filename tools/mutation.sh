#!/usr/bin/env bash
# Mutation testing of the rule modules with mutmut 2.x (CI runs it, time-boxed, on the
# modules a landing changed: tools/mutation_ci.py, floors in tools/mutation_floors.txt):
#
#   pip install -e '.[dev]'              # mutmut, whatthepatch
#   tools/mutation.sh                    # every module below, 20 minutes each at most
#   tools/mutation.sh plausibility       # one module
#   BUDGET=600 tools/mutation.sh kvjs    # seconds per module
#   RESUME=1 tools/mutation.sh kvjs      # go on where the budget ended (same source)
#   DELETIONS=1 tools/mutation.sh retention-rules   # then statement deletion, same scope
#   DELETIONS=only tools/mutation.sh retention-rules   # statement deletion alone
#   SELECT=1 POOL="tests/x.py" tools/mutation.sh month_day   # compute the selection
#
# mutmut 2 never deletes a statement; DELETIONS runs tools/statement_deletion.py (each
# statement of the scope's functions replaced by `pass`, in a copy of the tree) over the
# same lines and tests, with the same budget, and prints its own summary line. SELECT
# runs tools/kill_selection.py instead: TESTS, POOL (with SEARCH=1 also every test file
# importing the module) against each mutant (deletions and mutmut's) until the first file
# that kills it, and prints files that kill what they all kill, none needless: a TESTS
# line derived rather than written by hand.
#
# mutmut changes the source file in place, one mutant at a time, and runs the module's
# narrow test selection (below); run it in a clean checkout (or a copy) and not while
# editing. Results: `mutmut results`, `mutmut show ID`; a summary per module is written
# to .mutation/<module>.txt. docs/testing.md lists the score and the surviving mutants
# that are equivalent (no behaviour can tell them apart), each with its reason.
# To stop a run early, end the process group of its `timeout` (`kill -- -PGID`): mutmut
# tests each mutant in a worker process of its own, which otherwise goes on mutating the
# file after the main process ended and this script restored it.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
BUDGET="${BUDGET:-1200}"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
export QT_QPA_PLATFORM=offscreen

declare -A SOURCE=(
  [retention]="ssa_desktop/domain/retention_engine.py"
  [plausibility]="ssa_desktop/domain/plausibility.py"
  [kvjs]="ssa_desktop/domain/kvjs.py"
  [statistics]="ssa_desktop/services/statistics.py"
  [retention-service]="ssa_desktop/services/retention.py"
  [handover-deputy]="ssa_desktop/services/handover_deputy.py"
  [handover-deputy-work]="ssa_desktop/services/handover_deputy_work.py"
  [handover-return]="ssa_desktop/services/handover_return.py"
  [handover-receipt]="ssa_desktop/services/handover_receipt.py"
  [handover-confirm]="ssa_desktop/services/handover_confirm.py"
  [handover-shared]="ssa_desktop/services/handover.py"
  [dates]="ssa_desktop/domain/dates.py"
  [schoolyear]="ssa_desktop/domain/schoolyear.py"
  [school_year_change]="ssa_desktop/domain/school_year_change.py"
  [timeshare]="ssa_desktop/domain/timeshare.py"
  [worktime]="ssa_desktop/domain/worktime.py"
  [passphrase]="ssa_desktop/domain/passphrase.py"
  [auskunft]="ssa_desktop/domain/auskunft.py"
  [public_holidays]="ssa_desktop/domain/public_holidays.py"
  [text_safety]="ssa_desktop/domain/text_safety.py"
  [dormancy]="ssa_desktop/domain/dormancy.py"
  [staff]="ssa_desktop/domain/staff.py"
  [handover]="ssa_desktop/domain/handover.py"
  [slips]="ssa_desktop/domain/slips.py"
  [activities]="ssa_desktop/domain/activities.py"
  [pseudonymise]="ssa_desktop/domain/pseudonymise.py"
  [tokens]="ssa_desktop/domain/tokens.py"
  [options]="ssa_desktop/domain/options.py"
  [clock]="ssa_desktop/domain/clock.py"
  [kvjs_template]="ssa_desktop/domain/kvjs_template.py"
  [catalogues]="ssa_desktop/domain/catalogues.py"
  [entities]="ssa_desktop/domain/entities.py"
  [errors]="ssa_desktop/domain/errors.py"
  [retention-rules]="ssa_desktop/domain/retention.py"
  [month_day]="ssa_desktop/domain/month_day.py"
  [file_names]="ssa_desktop/domain/file_names.py"
  [school_class]="ssa_desktop/domain/school_class.py"
  [person_match]="ssa_desktop/domain/person_match.py"
  [digests]="ssa_desktop/domain/digests.py"
  [interchange-merge]="ssa_desktop/services/interchange_merge.py"
  [consents]="ssa_desktop/services/consents.py"
  [strict_json]="ssa_desktop/domain/strict_json.py"
  [names_in_text]="ssa_desktop/domain/names_in_text.py"
  [recorded]="ssa_desktop/domain/recorded.py"
  [columns]="ssa_desktop/domain/columns.py"
  [retention_rows]="ssa_desktop/domain/retention_rows.py"
  [tables]="ssa_desktop/domain/tables.py"
  [rule-pack]="ssa_desktop/domain/rule_pack.py"
  [traeger]="ssa_desktop/domain/traeger.py"
  [small_cells]="ssa_desktop/domain/small_cells.py"
  [vault-lock]="ssa_desktop/storage/vault_lock.py"
  [migrations-ledger]="ssa_desktop/storage/migrations/ledger.py"
  [migrations]="ssa_desktop/storage/migrations/__init__.py"
  [rule-packs-service]="ssa_desktop/services/rule_packs.py"
  [goals]="ssa_desktop/domain/goals.py"
  [kvjs_periods]="ssa_desktop/domain/kvjs_periods.py"
  [school_code]="ssa_desktop/domain/school_code.py"
  [admission]="ssa_desktop/domain/admission.py"
  [kvjs_integrity]="ssa_desktop/domain/kvjs_integrity.py"
  [deliveries]="ssa_desktop/domain/deliveries.py"
  [documents]="ssa_desktop/domain/documents.py"
  [letters]="ssa_desktop/domain/letters.py"
  [letter_sandbox]="ssa_desktop/domain/letter_sandbox.py"
  [tombstones]="ssa_desktop/services/tombstones.py"
  [appointments]="ssa_desktop/domain/appointment_times.py"
  [interchange-validate]="ssa_desktop/services/interchange_validate.py"
  [package-documents]="ssa_desktop/services/package_documents.py"
)
# mutmut 2 counts only exit status 1 as "killed"; a mutant that breaks collection (pytest
# exits 2) would pass as a survivor, so every failure is reported as 1 (`|| exit 1`).
# The narrow test selection: pure tests only (no vault, no conftest: --noconftest), so
# that one mutant costs about a second of CPU; in one process (`-n 0` over the `-n 2` of
# pyproject's addopts: two workers per mutant cost more than its tests).
declare -A TESTS=(
  [retention]="tests/retention/test_engine.py tests/retention/test_boundaries.py tests/retention/test_person_pipeline_golden.py"
  [plausibility]="tests/domain/test_plausibility.py tests/domain/test_plausibility_bulk.py"
  [kvjs]="tests/kvjs/test_figures_counted_by_hand.py tests/kvjs/test_docs.py tests/kvjs/test_engine_fixture.py tests/kvjs/test_one_definition.py"
  [statistics]="tests/kvjs/test_statistics_service.py tests/kvjs/test_engine_fixture.py tests/kvjs/test_deadlines.py tests/kvjs/test_school_type.py tests/kvjs/test_staff_hints_per_scope.py"
  [retention-service]="tests/retention/test_runs_keep_their_rules.py tests/retention/test_what_each_use_case_records.py tests/retention/test_service.py tests/retention/test_review_findings.py tests/retention/test_dormancy.py tests/retention/test_deletion_leaves_no_text_on_any_connection.py tests/retention/test_all_deadlines_list.py tests/retention/test_what_the_deletion_log_says.py tests/test_change_protocol.py tests/handover/test_due_persons.py tests/retention/test_count_streamed.py tests/retention/test_snapshot_lists.py tests/retention/test_wal_pending.py tests/retention/test_restriction_review.py tests/handover/test_school_receipt.py"
  [handover-deputy]="tests/services/test_handover_create.py"
  [handover-deputy-work]="tests/handover/test_deputy_overview_rows.py tests/handover/test_deputy_overview.py tests/handover/test_what_a_package_decides.py tests/handover/test_deputy_return.py"
  [handover-return]="tests/handover/test_what_a_package_decides.py tests/handover/test_return_rules.py tests/handover/test_deputy_return.py tests/handover/test_return_keys.py tests/handover/test_deputy_goal_ratings.py tests/handover/test_deputy_documents_return.py tests/handover/test_return_plausibility.py"
  [handover-receipt]="tests/handover/test_receipt_written_before.py tests/handover/test_future_package_formats.py tests/documents/test_school_receipt_documents.py tests/handover/test_what_a_package_decides.py tests/handover/test_school_receipt.py tests/handover/test_school_receipt_review.py"
  [handover-confirm]="tests/documents/test_school_receipt_documents.py tests/handover/test_due_persons.py tests/handover/test_what_a_package_decides.py tests/handover/test_school_receipt.py tests/handover/test_school_receipt_review.py tests/handover/test_school_receipt_chain.py tests/handover/test_school_receipt_earlier_packages.py tests/handover/test_receipt_after_stored_times.py"
  [handover-shared]="tests/handover/test_what_a_package_decides.py tests/handover/test_return_rules.py tests/handover/test_deputy_return.py tests/handover/test_return_keys.py tests/handover/test_sweep_order.py"
  [dates]="tests/domain/test_dates.py tests/domain/test_dates_mutants.py tests/domain/test_ascii_digits.py tests/domain/test_days_in_month.py"
  [schoolyear]="tests/domain/test_schoolyear.py tests/domain/test_schoolyear_mutants.py tests/domain/test_file_names.py tests/domain/test_school_year_change.py tests/domain/test_staff_rules.py tests/domain/test_worktime.py"
  [school_year_change]="tests/domain/test_school_year_change.py tests/domain/test_school_year_change_mutants.py tests/domain/test_school_year_change_counts.py tests/domain/test_school_year_repeats.py"
  [timeshare]="tests/domain/test_timeshare_mutants.py tests/domain/test_timeshare_rules.py tests/domain/test_timeshare_options.py"
  [worktime]="tests/domain/test_worktime.py tests/domain/test_public_holidays.py tests/domain/test_worktime_mutants.py tests/domain/test_worktime_options.py"
  [passphrase]="tests/domain/test_passphrase_example.py tests/data_protection/test_passphrase_estimate.py tests/domain/test_passphrase_mutants.py"
  [auskunft]="tests/domain/test_auskunft.py tests/domain/test_auskunft_mutants.py"
  [public_holidays]="tests/domain/test_public_holidays.py tests/domain/test_public_holidays_mutants.py"
  [text_safety]="tests/domain/test_text_safety.py tests/domain/test_text_safety_mutants.py tests/domain/test_handover_entry_rules.py"
  [dormancy]="tests/domain/test_dormancy_rules.py"
  [staff]="tests/domain/test_staff_rules.py tests/domain/test_staff_missing_rules.py"
  [handover]="tests/domain/test_handover_return_limits.py tests/domain/test_handover_rules.py tests/domain/test_handover_entry_rules.py tests/domain/test_ascii_digits.py"
  [slips]="tests/domain/test_slips_rules.py"
  [activities]="tests/domain/test_statistics_record_golden.py tests/domain/test_activities_rules.py"
  [pseudonymise]="tests/domain/test_small_rules.py"
  [tokens]="tests/domain/test_small_rules.py tests/domain/test_activities_rules.py"
  [options]="tests/domain/test_small_rules.py tests/domain/test_option_text_rules.py tests/domain/test_ascii_digits.py tests/domain/test_timeshare_options.py tests/domain/test_worktime_options.py tests/options/test_german_numbers.py"
  [clock]="tests/domain/test_small_rules.py"
  [kvjs_template]="tests/domain/test_kvjs_template_rules.py"
  [catalogues]="tests/domain/test_catalogues.py tests/domain/test_catalogues_mutants.py tests/domain/test_captured_columns.py tests/domain/test_recorded_codes.py tests/domain/test_handover_rules.py tests/domain/test_statistics_record_golden.py"
  [entities]="tests/domain/test_entities_rules.py tests/domain/test_entity_ids.py tests/domain/test_entity_columns.py tests/domain/test_entity_slots.py"
  [errors]="tests/domain/test_small_rules.py"
  [retention-rules]="tests/retention/test_engine.py tests/retention/test_rule_table.py tests/domain/test_hold_among_rules.py tests/domain/test_dormancy_rules.py tests/domain/test_retention_rows.py tests/retention/test_boundaries.py tests/retention/test_person_pipeline_golden.py tests/retention/test_r5_while_reopened.py"
  [month_day]="tests/options/test_month_day.py tests/options/test_month_day_order.py"
  [file_names]="tests/domain/test_file_names.py tests/domain/test_file_names_edges.py"
  [school_class]="tests/domain/test_school_class.py"
  [person_match]="tests/domain/test_person_match_rules.py"
  [digests]="tests/domain/test_digests_edges.py tests/domain/test_digests.py"
  [consents]="tests/services/test_consents.py tests/services/test_consent_rules.py tests/services/test_lapsed_consents.py tests/services/test_handover_create.py"
  [interchange-merge]="tests/services/test_interchange_merge.py tests/handover/test_return_merge_counts.py tests/admission/test_reimport_keeps_her_retention_state.py tests/admission/test_deleted_by_hand_stays_deleted.py"
  [strict_json]="tests/domain/test_strict_json.py"
  [names_in_text]="tests/domain/test_names_in_text.py"
  [recorded]="tests/domain/test_recorded_codes.py"
  [columns]="tests/domain/test_columns_rules.py tests/domain/test_captured_columns.py tests/domain/test_recorded_codes.py"
  [retention_rows]="tests/domain/test_retention_rows.py"
  [tables]="tests/domain/test_tables_rules.py tests/domain/test_captured_columns.py tests/test_table_declarations.py"
  [rule-pack]="tests/kvjs/test_rule_pack_rules.py tests/kvjs/test_rule_pack_strict.py tests/kvjs/test_rule_pack_years.py tests/kvjs/test_rule_pack_order.py tests/kvjs/test_rule_packs.py tests/kvjs/test_schemas.py"
  [traeger]="tests/traeger/test_traeger_rules.py tests/traeger/test_schema.py"
  [small_cells]="tests/domain/test_small_cells.py"
  [vault-lock]="tests/storage/test_vault_lock_rules.py tests/storage/test_vault_lock.py tests/storage/test_platform_guards.py"
  [migrations-ledger]="tests/storage/test_ledger_rules.py tests/storage/test_migration_ledger.py tests/storage/test_true_migrations.py"
  [migrations]="tests/storage/test_migration_ledger.py tests/storage/test_true_migrations.py tests/storage/test_schema_completion.py tests/storage/test_migrations.py"
  [rule-packs-service]="tests/kvjs/test_rule_packs_service_rules.py tests/kvjs/test_rule_packs.py tests/kvjs/test_rule_pack_order.py tests/kvjs/test_rule_pack_years.py tests/kvjs/test_shipped_packs.py tests/kvjs/test_cli_rules.py tests/kvjs/test_deadlines.py"
  [goals]="tests/domain/test_goals_rules.py tests/domain/test_goals_mutants.py tests/domain/test_goal_baseline_day.py tests/domain/test_goal_closed_case.py"
  [kvjs_periods]="tests/kvjs/test_periods_property.py tests/kvjs/test_periods_mutants.py"
  [school_code]="tests/domain/test_school_code_rules.py tests/domain/test_school_identity_property.py tests/domain/test_file_names.py tests/traeger/test_traeger_rules.py tests/traeger/test_school_number.py"
  [admission]="tests/admission/test_admission_rules.py tests/admission/test_declaration.py tests/admission/test_nothing_deleted_comes_back.py"
  [kvjs_integrity]="tests/kvjs/test_integrity_rules.py"
  [deliveries]="tests/domain/test_deliveries_options.py tests/options/test_german_numbers.py"
  [documents]="tests/domain/test_documents_mutants.py tests/documents/test_detect.py"
  [letters]="tests/domain/test_letters_mutants.py tests/letters/test_sandbox_properties.py"
  [letter_sandbox]="tests/domain/test_letter_sandbox_mutants.py tests/letters/test_sandbox_properties.py"
  [tombstones]="tests/services/test_tombstone_rules.py tests/retention/test_tombstone_kinds.py"
  [appointments]="tests/services/test_appointment_times_rules.py tests/services/test_clock_minutes.py"
  [interchange-validate]="tests/services/test_file_contact_rules.py"
  [package-documents]="tests/documents/test_school_receipt_documents.py"
)
# A pure, fast file run first, without the conftest (a second): most mutants fail there,
# and only the others cost the whole selection.
declare -A FIRST=(
  [kvjs]="tests/kvjs/test_figures_counted_by_hand.py"
  [vault-lock]="tests/storage/test_vault_lock_rules.py"
  [admission]="tests/admission/test_admission_rules.py"
)
# Selections that need the suite's fixtures (a vault from tests/conftest.py: the KVJS
# literal fixture counts records a real vault derived; the retention service deletes from
# real vaults) run with the conftest.
declare -A CONFTEST=(
  [kvjs]=1
  [statistics]=1
  [retention-service]=1
  [handover-deputy]=1
  [handover-deputy-work]=1
  [handover-return]=1
  [handover-receipt]=1
  [handover-confirm]=1
  [handover-shared]=1
  [interchange-merge]=1
  [consents]=1
  [rule-pack]=1
  [vault-lock]=1
  [migrations-ledger]=1
  [migrations]=1
  [rule-packs-service]=1
  [admission]=1
  [tombstones]=1
  [package-documents]=1
)
# -k filter: the slow generated-facts properties of the engine are left to the test run
declare -A FILTER=(
  [retention]="not properties_of and not lawful_day"
  [retention-rules]="not properties_of and not lawful_day"
  [statistics]="not on_a_worker and not exports_read_back and not add_up"
  [retention-service]="not property_deletion and not nobody_stays_silently and not kept_silently"
  [handover-deputy]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [handover-deputy-work]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [handover-return]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [handover-receipt]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [handover-confirm]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [handover-shared]="not checkpoint_a_reader and not never_changes_a_record_outside"
  [tables]="not schema and not full_text"
)
# Only the lines from the first match of this pattern to the end are mutated (the rules;
# not the labels and declarations above them). Needs whatthepatch (mutmut[patch]).
declare -A FROM=(
  [retention]="^class PersonDraft"
  [retention-service]="^def engine"
  [catalogues]="^@dataclass"
  [columns]="^@dataclass"
  [consents]="^def normalise_recipient"
  [letter_sandbox]="^MAX_SOURCE_CHARS"
)
# Or several parts, "from..to;from..to" (extended regexes; "to" is the first line after
# the part; an empty "to" runs to the end of the file): the statistics service's logic (scopes, deadlines, plausibility, drill-down),
# not its option declarations, templates, report assembly and export writers.
declare -A PARTS=(
  [handover]="^GRACE_DAYS..^KIND_LABELS;^RETURN_TABLES..^EXTRA_LABELS;^class HandoverRuleError..^FIELD_LABELS;^def field_label..^COUNT_NOUNS;^def count_phrase.."
  [retention-rules]="^def option_name..^ENABLE_9B = ;^def parse_rules..^# -- facts;^def hold_among..^@dataclass;^    def is_due..^# Records deleted;^    def tombstone..^KINDS: ;^def kind_label.."
  [statistics]="^def _safe..^# -- templates;^class Deadline..^# -- the report the screen"
  [handover-deputy]="^def candidates..^def _package_record"
  [handover-deputy-work]="^def case_title..^# -- the deputy's work in the package;^def _changed.."
  [handover-return]="^def _contents..^def _mark_rows;^def _read_return..^def _shred_return"
  [handover-receipt]="^def _rows_digest..^def _receipt;^class Receipt..^NOT_A_RECEIPT;^def read_receipt..^def _no_constant"
  [handover-confirm]="^def _checked_receipt..^@writes;^def _retire_superseded..^def _finish"
  [handover-shared]="^def _expires..^def _shown_day;^def sweep_received..^def issued_packages"
  [interchange-merge]="^def _merge_two_way..^def display;^def _tombstone_conflict..^def _merge_settings"
  [tables]="^    @property..^_DECLARED: ;^def column_set.."
  [documents]="^@dataclass..^class DocumentRefused;^def shown_name..^# -- the scanner folder;^def _folded.."
  [appointments]="^def check_time.."
  [interchange-validate]="^def contact_problems..^def _codes_added;^def _appointment_problems..^def _goal_problems"
  [package-documents]="^def other_facts..^def owners_of_records;^def check[(]..^def write_files"
  [letters]="^GROUPS = ..^@dataclass;^KINDS: ..^class TemplateRefused;^DISCLOSED: ..^@dataclass;^def kind_of..^# -- the built-in letters"
)
# Per part, the tests that prove it ("from..to=tests;..."; a mutant elsewhere runs the
# whole selection): tools/mutmut_config.py routes each mutant by its line. For a module
# whose selection is slow (real vaults) and whose parts are proved by different files.
declare -A ROUTES=(
  [handover-return]="^def _contents..^def _mark_rows=tests/handover/test_what_a_package_decides.py tests/handover/test_return_rules.py tests/handover/test_deputy_return.py tests/handover/test_deputy_goal_ratings.py tests/handover/test_deputy_documents_return.py tests/handover/test_return_plausibility.py;^def _read_return..^def _shred_return=tests/handover/test_what_a_package_decides.py tests/handover/test_deputy_return.py tests/handover/test_return_keys.py tests/handover/test_return_plausibility.py tests/handover/test_deputy_documents_return.py"
  [handover-deputy-work]="^def case_title..^# -- the deputy's work in the package=tests/handover/test_deputy_overview_rows.py tests/handover/test_deputy_overview.py;^def _changed..=tests/handover/test_deputy_overview_rows.py tests/handover/test_what_a_package_decides.py tests/handover/test_deputy_return.py"
  [handover-shared]="^def _expires..^def _shown_day=tests/handover/test_what_a_package_decides.py tests/handover/test_return_rules.py tests/handover/test_deputy_return.py;^def sweep_received..^def issued_packages=tests/handover/test_return_keys.py tests/handover/test_deputy_return.py tests/handover/test_sweep_order.py"
)
# Lines inside the mutated parts that are left alone: the German sentences a refusal or
# a report says (a string continuation line, a raise of a PackageError). Their wording is
# checked where it matters by the tests' messages, not mutant by mutant.
declare -A SKIP=(
  [handover-deputy]='^[[:space:]]*(f?"|raise PackageError[(])'
  [handover-deputy-work]='^[[:space:]]*(f?"|raise PackageError[(])'
  [handover-return]='^[[:space:]]*(f?"|raise PackageError[(])'
  [handover-receipt]='^[[:space:]]*(f?"|raise PackageError[(])'
  [handover-confirm]='^[[:space:]]*(f?"|raise PackageError[(])'
  [handover-shared]='^[[:space:]]*(f?"|raise PackageError[(])'
)
# ... and, optionally, only up to the first match of this pattern after FROM (the line
# before it is the last one mutated): the catalogue class, not the catalogue entries.
declare -A TO=(
  [catalogues]="^TASK_AREAS = "
)

# The first line after a part: the first line after line $1 matching $2 in file $3, or the
# line after the file's last when $2 is empty.
part_end() {
  if [ -z "$2" ]; then
    echo $(( $(wc -l < "$3") + 1 ))
  else
    awk -v from="$1" -v pat="$2" 'NR > from && $0 ~ pat {print NR; exit}' "$3"
  fi
}

modules=("$@")
[ ${#modules[@]} -eq 0 ] && modules=(plausibility retention kvjs)
mkdir -p .mutation
for module in "${modules[@]}"; do
  source_file="${SOURCE[$module]:?unknown module $module (${!SOURCE[*]})}"
  tests=""
  for t in ${TESTS[$module]}; do [ -e "$t" ] && tests="$tests $t"; done
  [ -n "${RESUME:-}" ] && [ -e ".mutation/$module.cache" ] && cp ".mutation/$module.cache" .mutmut-cache
  [ -z "${RESUME:-}" ] && rm -f .mutmut-cache
  cp "$source_file" ".mutation/$module.orig.py"
  echo "== $module: $source_file, tests:$tests (budget ${BUDGET}s)"
  scope=()
  ranges=""   # the mutated lines, "first-last,…", for the statement deletion
  if [ -n "${FROM[$module]:-}" ]; then
    first=$(grep -n -m1 -E "${FROM[$module]}" "$source_file" | cut -d: -f1)
    last=$(wc -l < "$source_file")
    if [ -n "${TO[$module]:-}" ]; then
      last=$(( $(grep -n -E "${TO[$module]}" "$source_file" | cut -d: -f1 \
                 | awk -v f="$first" '$1 > f' | head -n1) - 1 ))
    fi
    diff -u --label "a/$source_file" --label "b/$source_file" \
      <(sed "${first},${last}d" "$source_file") "$source_file" > ".mutation/$module.patch" || true
    scope=(--use-patch-file ".mutation/$module.patch")
    ranges="${first}-${last}"
  fi
  if [ -n "${PARTS[$module]:-}" ]; then
    cut_out=""
    IFS=';' read -ra parts <<< "${PARTS[$module]}"
    for part in "${parts[@]}"; do
      first=$(grep -n -m1 -E "${part%%..*}" "$source_file" | cut -d: -f1)
      after=$(part_end "$first" "${part#*..}" "$source_file")
      ranges="$ranges${ranges:+,}${first}-$((after - 1))"
      if [ -n "${SKIP[$module]:-}" ]; then
        cut_out="$cut_out$(awk -v from="$first" -v to="$((after - 1))" -v skip="${SKIP[$module]}" \
          'NR >= from && NR <= to && $0 !~ skip {printf "%dd;", NR}' "$source_file")"
      else
        cut_out="$cut_out${first},$((after - 1))d;"
      fi
    done
    diff -u --label "a/$source_file" --label "b/$source_file" \
      <(sed "$cut_out" "$source_file") "$source_file" > ".mutation/$module.patch" || true
    scope=(--use-patch-file ".mutation/$module.patch")
  fi
  routes=""
  if [ -n "${ROUTES[$module]:-}" ]; then
    IFS=';' read -ra parts <<< "${ROUTES[$module]}"
    for part in "${parts[@]}"; do
      span="${part%%=*}"
      first=$(grep -n -m1 -E "${span%%..*}" "$source_file" | cut -d: -f1)
      after=$(part_end "$first" "${span#*..}" "$source_file")
      routes="$routes${routes:+|}${first}-$((after - 1)):${part#*=}"
    done
  fi
  cp tools/mutmut_config.py mutmut_config.py   # the routes and the skip of annotation-only mutants
  export MUTATION_ROUTES="$routes" MUTATION_TESTS="$tests"
  filter=""
  [ -n "${FILTER[$module]:-}" ] && filter="-k '${FILTER[$module]}'"
  noconftest="--noconftest"
  [ -n "${CONFTEST[$module]:-}" ] && noconftest=""
  if [ -n "${SELECT:-}" ]; then   # the selection computed from the tests that kill
    "$PYTHON" tools/kill_selection.py "$source_file" --name "$module" --budget "$BUDGET" \
      --lines "$ranges" --pool ${FIRST[$module]:-} $tests ${POOL:-} ${SEARCH:+--search} \
      ${FILTER[$module]:+-k "${FILTER[$module]}"}
    rm -f mutmut_config.py; rm ".mutation/$module.orig.py"; continue
  fi
  if [ -n "${DELETIONS:-}" ]; then
    "$PYTHON" tools/statement_deletion.py "$source_file" --name "$module" --budget "$BUDGET" \
      --lines "$ranges" --tests $tests ${CONFTEST[$module]:+--conftest} \
      ${FILTER[$module]:+-k "${FILTER[$module]}"} | tee ".mutation/$module.deletions.txt"
    [ "$DELETIONS" = only ] && { rm -f mutmut_config.py; rm ".mutation/$module.orig.py"; continue; }
  fi
  first_run=""
  [ -n "${FIRST[$module]:-}" ] && \
    first_run="$PYTHON -m pytest -x -q -n 0 -p no:cacheprovider --noconftest ${FIRST[$module]} || exit 1; "
  timeout "$BUDGET" "$PYTHON" -m mutmut run --paths-to-mutate "$source_file" "${scope[@]}" \
    --runner "sh -c \"$first_run$PYTHON -m pytest -x -q -n 0 -p no:cacheprovider $noconftest $tests $filter || exit 1\"" \
    --simple-output --no-progress || true
  # a mutant left in place when the time budget ran out is undone
  cp ".mutation/$module.orig.py" "$source_file" && rm ".mutation/$module.orig.py"
  rm -f "$source_file.bak"   # mutmut's own copy, left when the budget ended a mutant
  rm -f mutmut_config.py
  cp .mutmut-cache ".mutation/$module.cache"
  "$PYTHON" -m mutmut results > ".mutation/$module.txt" || true
  "$PYTHON" -m mutmut junitxml > ".mutation/$module.xml" || true
  "$PYTHON" - "$module" <<'EOF'
import sqlite3
import sys

module = sys.argv[1]
with sqlite3.connect(f".mutation/{module}.cache") as db:
    counts = dict(db.execute("SELECT status, COUNT(*) FROM mutant GROUP BY status").fetchall())
survived, untested = counts.get("bad_survived", 0), counts.get("untested", 0)
skipped = counts.get("skipped", 0)   # annotation-only (tools/mutmut_config.py): not counted
total = sum(counts.values()) - skipped
tested = total - untested   # killed, timed out or suspicious (slow but killed) count as killed
print(f"{module}: {tested - survived}/{tested} killed "
      f"({100 * (tested - survived) / max(tested, 1):.1f} %), {survived} survived"
      + (f", {skipped} annotation-only skipped" if skipped else "")
      + (f", {untested} of {total} not tried (time budget)" if untested else ""))
EOF
done
