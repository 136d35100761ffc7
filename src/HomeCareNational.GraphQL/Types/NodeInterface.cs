namespace HomeCareNational.GraphQL.Types;

/// <summary>Relay's global object identification: any object with an id can be fetched again by <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, which `node(id:)` fetches again: the nation, a region or a prefecture for a fiscal year, or a designated institution, collaboration hub or home-care area in a prefecture's register for a fiscal year.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id; opaque, and stable as long as the object's key and fiscal year are.");
    }
}
