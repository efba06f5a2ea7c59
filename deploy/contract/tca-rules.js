// The contract's own rules, on top of Redocly's: every property says what it means, and every JSON request body
// and successful JSON answer shows an example (a real one: the services' tests record them), and every JSON body
// has a type.

function isJson(type) {
  return type === 'application/json' || type.endsWith('+json');
}

function PropertyDescription() {
  return {
    Schema: {
      enter(schema, ctx) {
        const properties = schema.properties || {};
        for (const [name, property] of Object.entries(properties)) {
          if (property.description) continue;
          if (property.$ref) {
            const target = ctx.resolve(property).node;
            if (target && target.description) continue;
          }
          ctx.report({
            message: `The property "${name}" has no description.`,
            location: ctx.location.child(['properties', name]),
          });
        }
      },
    },
  };
}

function JsonExample() {
  const missing = (content, ctx, where, path) => {
    for (const [type, media] of Object.entries(content || {})) {
      if (!isJson(type) || media.example !== undefined || media.examples !== undefined) continue;
      ctx.report({ message: `${where} (${type}) has no example.`, location: ctx.location.child([...path, type]) });
    }
  };
  return {
    Operation: {
      enter(operation, ctx) {
        const body = operation.requestBody && (operation.requestBody.$ref
          ? ctx.resolve(operation.requestBody).node : operation.requestBody);
        if (body) missing(body.content, ctx, 'The request body', ['requestBody', 'content']);
        for (const [status, answer] of Object.entries(operation.responses || {})) {
          if (!/^2/.test(status)) continue;
          const response = answer.$ref ? ctx.resolve(answer).node : answer;
          missing(response.content, ctx, `The ${status} answer`, ['responses', status, 'content']);
        }
      },
    },
  };
}

// A JSON body with an empty schema tells a generated client nothing: it gets `unknown` (TypeScript) or Object (Java).
function TypedJson() {
  const untyped = (content, ctx, where, path) => {
    for (const [type, media] of Object.entries(content || {})) {
      if (!isJson(type)) continue;
      const schema = media.schema;
      const typed = schema && (schema.$ref || schema.type || schema.oneOf || schema.anyOf || schema.allOf);
      if (!typed) {
        ctx.report({ message: `${where} (${type}) has no schema: say its type (@APIResponse content/@Schema, or a typed return).`,
          location: ctx.location.child([...path, type]) });
      }
    }
  };
  return {
    Operation: {
      enter(operation, ctx) {
        const body = operation.requestBody && (operation.requestBody.$ref
          ? ctx.resolve(operation.requestBody).node : operation.requestBody);
        if (body) untyped(body.content, ctx, 'The request body', ['requestBody', 'content']);
        for (const [status, answer] of Object.entries(operation.responses || {})) {
          const response = answer.$ref ? ctx.resolve(answer).node : answer;
          untyped(response.content, ctx, `The ${status} answer`, ['responses', status, 'content']);
        }
      },
    },
  };
}

module.exports = function tcaRules() {
  return {
    id: 'tca',
    rules: {
      oas3: {
        'property-description': PropertyDescription,
        'json-example': JsonExample,
        'typed-json': TypedJson,
      },
    },
  };
};
