#!/usr/bin/env python3
"""The YAML files shipped in docs/ parse, and the CI review examples do what
docs/review.md says: run `shale review` against the base branch, post the
report, and fail the job on errors. Usage: check_examples.py SOURCE_DIR"""
import pathlib
import sys

import yaml  # python3-yaml; a missing parser fails the test, it never skips

root = pathlib.Path(sys.argv[1])
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def commands(steps_or_script):
    """All shell text of a list of GitHub steps or GitLab script lines."""
    out = []
    for item in steps_or_script:
        out.append(item.get("run", "") if isinstance(item, dict) else str(item))
    return "\n".join(out)


documents = {}
for path in sorted(list(root.glob("docs/**/*.yml")) + list(root.glob("docs/**/*.yaml"))):
    try:
        documents[path.relative_to(root).as_posix()] = yaml.safe_load(path.read_text())
    except yaml.YAMLError as e:
        failures.append(f"{path}: {e}")

github = documents.get("docs/examples/github-actions-review.yml")
check(github is not None, "docs/examples/github-actions-review.yml is missing")
if github:
    # YAML 1.1 reads the key `on` as true.
    trigger = github.get("on", github.get(True))
    check(isinstance(trigger, dict) and "pull_request" in trigger, "GitHub: runs on pull_request")
    check(github.get("permissions", {}).get("pull-requests") == "write", "GitHub: may write pull-request comments")
    steps = github["jobs"]["review"]["steps"]
    checkout = [s for s in steps if str(s.get("uses", "")).startswith("actions/checkout")]
    check(checkout and checkout[0].get("with", {}).get("fetch-depth") == 0, "GitHub: checks out full history")
    text = commands(steps)
    check('shale review --base "origin/$GITHUB_BASE_REF"' in text, "GitHub: runs shale review against the base branch")
    check("gh pr comment" in text and "--method PATCH" in text, "GitHub: posts or updates a comment")
    check("exit 1" in text, "GitHub: fails the job on review errors")

gitlab = documents.get("docs/examples/gitlab-ci-review.yml")
check(gitlab is not None, "docs/examples/gitlab-ci-review.yml is missing")
if gitlab:
    job = gitlab["shale-review"]
    check(any("merge_request_event" in r.get("if", "") for r in job["rules"]), "GitLab: runs in merge request pipelines")
    text = commands(job["script"])
    check('shale review --base "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"' in text,
          "GitLab: runs shale review against the target branch")
    check("merge_requests/$CI_MERGE_REQUEST_IID/notes" in text, "GitLab: posts a merge request note")
    check('exit "$status"' in text, "GitLab: fails the job on review errors")

for f in failures:
    print("FAIL:", f)
print(f"{len(documents)} YAML files in docs/ checked, {len(failures)} failures")
sys.exit(1 if failures or not documents else 0)
