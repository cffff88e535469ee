-- Guests ("try 10 questions" without an account) are app_user rows with role GUEST. The clean-up job finds the
-- unclaimed ones older than a day by role and creation time.
create index app_user_role_created_idx on app_user (role, created_at);
