// Confirmation before a comparison is deleted for good, and the page that says it is gone.
import { Layout } from './layout.js';

export function DeletePage(props: { id: string; title: string | null; token: string; error?: string; deleted?: boolean }) {
  if (props.deleted) {
    return (
      <Layout title="Deleted">
        <h1>Comparison deleted</h1>
        <p role="status">The comparison and its hand edits are gone from this server; its permalink now answers "not found".</p>
        <p>
          <a href="/">Start a new comparison</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout title="Delete comparison">
      <h1>Delete this comparison?</h1>
      <p>
        “{props.title}” (<a href={`/c/${props.id}`}>open it</a>) will be removed for good, with its hand edits. This cannot be undone.
      </p>
      <form method="post" action={`/delete/${props.id}`} class="delete-form">
        {props.error ? (
          <p class="error" role="alert" id="token-error">
            {props.error}
          </p>
        ) : null}
        <label>
          Delete token{' '}
          <input name="token" value={props.token} required autocomplete="off" aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? 'token-error' : undefined} />
        </label>
        <button type="submit" class="danger">
          Delete for good
        </button>
      </form>
    </Layout>
  );
}
