import { Link } from 'react-router-dom';
import { SIGN_IN } from '../api/identity';

/** What a signed-out visitor sees on a page that is theirs only once signed in. */
export function SignInPrompt({ title, what }: { title: string; what: string }) {
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{title}</h1>
      <p>
        Please <a href={SIGN_IN}>sign in</a> to see {what}. New here? <Link to="/register">Create an account</Link>.
      </p>
    </section>
  );
}
